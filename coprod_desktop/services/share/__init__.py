"""Sharing a person's meeting slideshow as PowerPoint or a PDF handout, only with people they allowed.

Start with `share_service.ShareService`. The slideshow itself is a plain model (`slides.Deck`) that
the PowerPoint writer (`pptx_deck`) and the PDF writer (`pdf_handout`) both draw, so the two always
hold the same content. python-pptx is imported only when a PowerPoint file is made.
"""
