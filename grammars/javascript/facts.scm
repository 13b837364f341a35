; ExportLens fact query: JavaScript (tree-sitter-javascript 0.25).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; import x from 'm'; import 'm'; export ... from 'm'
(import_statement source: (string) @import)
(export_statement source: (string) @import)

; import('m') with a plain string or a template without substitutions
(call_expression
  function: (import)
  arguments: (arguments . [(string) (template_string)] @import))

; require('m')
(call_expression
  function: (identifier) @_require
  arguments: (arguments . (string) @import)
  (#eq? @_require "require"))

; calls: the callee expression; `new Foo(...)` has callee `Foo`
(call_expression function: (_) @call) @call.expression
(new_expression constructor: (_) @call) @call.expression

[
  (identifier)
  (property_identifier)
  (private_property_identifier)
  (shorthand_property_identifier)
  (shorthand_property_identifier_pattern)
] @identifier

[(string) (template_string)] @string

(comment) @comment
