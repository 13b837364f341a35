; ExportLens fact query: Java (tree-sitter-java 0.23).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; import a.b.C; import a.b.*; import static a.b.C.m;   (the wildcard is not part of the path)
(import_declaration [(scoped_identifier) (identifier)] @import)

; obj.method(...): callee `obj.method`, type arguments between the two are dropped by normalisation
(method_invocation object: (_) @call name: (_) @call.method) @call.expression
(method_invocation !object name: (_) @call) @call.expression
; new SecretKeySpec(...): callee `SecretKeySpec`
(object_creation_expression type: (_) @call) @call.expression

[(identifier) (type_identifier)] @identifier

(string_literal) @string

[(line_comment) (block_comment)] @comment
