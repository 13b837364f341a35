; ExportLens fact query: C (tree-sitter-c 0.24).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; #include <openssl/evp.h>  /  #include "local.h"
(preproc_include path: [(system_lib_string) (string_literal)] @import)

(call_expression function: (_) @call) @call.expression

[(identifier) (field_identifier) (type_identifier)] @identifier

; Adjacent literals ("abc" "def") are captured one by one.
(string_literal) @string

(comment) @comment
