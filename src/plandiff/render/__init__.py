"""Output formats: text, Markdown, JSON, and the HTML/PDF reports (report/)."""
