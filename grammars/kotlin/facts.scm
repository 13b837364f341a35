; ExportLens fact query: Kotlin (@tree-sitter-grammars/tree-sitter-kotlin 1.1.0; node names differ
; from fwcd's grammar: `import`, not `import_header`).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; import javax.crypto.Cipher; import org.x.*; import a.b.C as D
(import (qualified_identifier) @import)
(import . (identifier) @import)

; Cipher.getInstance(..), SecretKeySpec(..) (constructor calls look like function calls), obj?.run()
(call_expression . (_) @call) @call.expression

(identifier) @identifier

[(string_literal) (multiline_string_literal)] @string

[(line_comment) (block_comment)] @comment
