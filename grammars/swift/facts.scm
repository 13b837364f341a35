; ExportLens fact query: Swift (tree-sitter-swift from @repomix/tree-sitter-wasms 0.1.17).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; import CryptoKit; import struct Foundation.Date
(import_declaration (identifier) @import)

; AES.GCM.seal(..), SymmetricKey(size:) (initialisers look like function calls), obj?.run()
(call_expression . (_) @call) @call.expression

[(simple_identifier) (type_identifier)] @identifier

[(line_string_literal) (multi_line_string_literal) (raw_string_literal)] @string

[(comment) (multiline_comment)] @comment
