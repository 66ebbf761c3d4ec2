// The article -> draft extractor (issue 3) lands here.
export {};
