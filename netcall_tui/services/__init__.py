"""No Textual: the only code that writes. Screens and the command line ask these modules
to change things and never touch the store, its lock or a file themselves; the user's
files beside the call log (exports, the config) are written by `files`, as durably as
the log itself."""
