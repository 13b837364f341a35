; ExportLens fact query: C++ (tree-sitter-cpp 0.23).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; #include <cryptopp/aes.h>  /  #include "local.h"
(preproc_include path: [(system_lib_string) (string_literal)] @import)

; f(x), ns::f<T>(x), obj->run(), obj.go()   (template arguments are dropped by normalisation)
(call_expression function: (_) @call) @call.expression
; new Bar(2): callee `Bar`
(new_expression type: (_) @call) @call.expression

[
  (identifier)
  (field_identifier)
  (type_identifier)
  (namespace_identifier)
] @identifier

[(string_literal) (raw_string_literal)] @string

(comment) @comment
