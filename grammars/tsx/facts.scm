; ExportLens fact query: TSX (tree-sitter-typescript 0.23).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; import x from 'm'; import type { T } from 'm'; export ... from 'm'
(import_statement source: (string) @import)
(export_statement source: (string) @import)

; import x = require('m')
(import_require_clause source: (string) @import)

; import('m')
(call_expression
  function: (import)
  arguments: (arguments . [(string) (template_string)] @import))

; require('m')
(call_expression
  function: (identifier) @_require
  arguments: (arguments . (string) @import)
  (#eq? @_require "require"))

; calls: the callee without type arguments or arguments; `new Foo(...)` has callee `Foo`
(call_expression function: (_) @call) @call.expression
(new_expression constructor: (_) @call) @call.expression

[
  (identifier)
  (property_identifier)
  (private_property_identifier)
  (shorthand_property_identifier)
  (shorthand_property_identifier_pattern)
  (type_identifier)
] @identifier

[(string) (template_string)] @string

(comment) @comment
