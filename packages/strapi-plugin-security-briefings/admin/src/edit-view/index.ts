// The briefing edit view's panels (draft from article, publish checklist, exports) and the article's action.
export function registerEditView(_app: any) {}
