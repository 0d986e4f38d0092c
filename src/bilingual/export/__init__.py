"""Everything readers and the website get: HTML pages, TMX, XLIFF, sitemap, manifest."""
