"""Media handling: everything between an uploaded file and the bytes a visitor gets back.

- ``uploads``: judge an upload by its content before anything is stored.
- ``images``: photo renditions (orientation applied, metadata stripped, WebP and JPEG).
- ``documents``: a PDF's page count and text, read in a capped child process (``pdf_worker``).
- ``views`` and ``urls``: serve stored files under ``/files/``, after checking the record's visibility.

A package, not an app: it has no models of its own (``Photo``, ``Rendition`` and ``Document``
are the archive's) and no commands. Not named plain ``media`` at the top level, where ``media/``
is ``MEDIA_ROOT``.
"""
