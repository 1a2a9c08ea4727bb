"""Reads of the curriculum library, one module per page family.

Import the module you need (``curriculum.selectors.library``, ``.paths``,
``.home``): this package re-exports nothing, so the page classes can use the
library and path reads without loading the home reads, which use the pages.
"""
