"""Pages of the signed-in person's formation, plus attendance and the council's overview.

One module per area; ``progress/urls.py`` points at the modules. Private entries
are fetched only through the owner's own queries (``user=request.user``); no view
reads another person's reflections. Every value a request brings is read by a form
(``progress.forms``) or a path converter; ``_input.checked`` says what a bad one becomes.
"""
