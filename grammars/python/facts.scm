; ExportLens fact query: Python (tree-sitter-python 0.25).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; import a.b, c.d as e
(import_statement name: (dotted_name) @import)
(import_statement name: (aliased_import name: (dotted_name) @import))

; from a.b import c, d as e   -> `a.b`, plus `a.b.c` and `a.b.d` (import.member joins to the module)
; from . import x / from ..pkg import y   (relative_import text is `.`, `..pkg`)
(import_from_statement
  module_name: (_) @import
  name: [
    (dotted_name) @import.member
    (aliased_import name: (dotted_name) @import.member)
  ])
; from a.b import *
(import_from_statement
  module_name: (_) @import
  (wildcard_import))
; from __future__ import x
(future_import_statement "__future__" @import)

(call function: (_) @call) @call.expression

(identifier) @identifier

(string) @string

(comment) @comment

; Docstrings are Python's doc comments: read as comments too (prose about what the code does).
; Comments may come first (`# -*- coding: utf-8 -*-`, a shebang, a licence header): they are not
; statements, so the string after them is still the docstring.
(module . (comment)* . (expression_statement (string) @docstring))
(function_definition body: (block . (comment)* . (expression_statement (string) @docstring)))
(class_definition body: (block . (comment)* . (expression_statement (string) @docstring)))
