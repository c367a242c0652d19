"""The public archive's views: lists, details, pages, feed and sitemap."""
