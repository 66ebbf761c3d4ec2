// The exporters (issue 4) land here.
export {};
