"""The core: pure Python, no Textual, no TinyDB, in packages by domain.

Import a module, not a package (`from ..core.domain.records import Call`): the packages
hold no code and re-export nothing, so importing one name never loads a domain's other
modules, and the console's first frame loads only what it draws. Each module's public
names are the ones without a leading underscore; `make lint` keeps the packages in
their layers (see pyproject.toml).
"""
