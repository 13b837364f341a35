; ExportLens fact query: C# (tree-sitter-c-sharp 0.23).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; using System.Security.Cryptography; using static System.Math; using A = B.C;
; (an alias's name is a field; the namespace is the unnamed child)
(using_directive (qualified_name) @import)
(using_directive !name (identifier) @import)
(using_directive name: (_) "=" . (identifier) @import)

; Aes.Create(), Foo<int>(1), this?.Bar()
(invocation_expression function: (_) @call) @call.expression
; new SHA256Managed(): callee `SHA256Managed`
(object_creation_expression type: (_) @call) @call.expression

(identifier) @identifier

[
  (string_literal)
  (verbatim_string_literal)
  (raw_string_literal)
  (interpolated_string_expression)
] @string

(comment) @comment
