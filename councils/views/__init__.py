"""Council pages, one module per area; ``councils/urls.py`` points at the modules.

Every page under ``<slug:slug>/`` goes through ``gate.council_view``.
"""
