; ExportLens fact query: Go (tree-sitter-go 0.25).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; import "fmt"; import ( c "crypto/cipher" )
(import_spec path: (_) @import)

(call_expression function: (_) @call) @call.expression

[
  (identifier)
  (field_identifier)
  (type_identifier)
  (package_identifier)
] @identifier

[(interpreted_string_literal) (raw_string_literal)] @string

(comment) @comment
