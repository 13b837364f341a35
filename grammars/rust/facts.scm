; ExportLens fact query: Rust (tree-sitter-rust 0.24).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; use a::b::{c, d::{e}}; use a::b as c; use a::*;
; `@import.tree` is a use tree the extractor expands: `a::b`, `a::b::c`, `a::b::d`, `a::b::d::e`.
(use_declaration argument: (_) @import.tree)
; extern crate openssl;
(extern_crate_declaration name: (identifier) @import)

; Aes256Gcm::new(..), cipher.encrypt(..), Vec::<u8>::new()
(call_expression function: (_) @call) @call.expression
; println!(..), vec![..]: the macro's path is the callee
(macro_invocation macro: (_) @call) @call.expression

[
  (identifier)
  (field_identifier)
  (type_identifier)
  (shorthand_field_identifier)
] @identifier

[(string_literal) (raw_string_literal)] @string

[(line_comment) (block_comment)] @comment
