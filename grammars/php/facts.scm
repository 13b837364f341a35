; ExportLens fact query: PHP (tree-sitter-php 0.24, the grammar that also parses embedded HTML).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; use phpseclib3\Crypt\AES;  use function Foo\bar;
(namespace_use_declaration
  (namespace_use_clause . [(qualified_name) (name)] @import))
; use Foo\{Bar, Baz as Q};  -> `Foo`, `Foo\Bar`, `Foo\Baz`
(namespace_use_declaration
  (namespace_name) @import
  body: (namespace_use_group
    (namespace_use_clause . [(qualified_name) (name)] @import.member)))

; require 'x.php'; include_once "y.php"; require_once __DIR__ . '/x.php' (the literal part is the path)
(require_expression [(string) (encapsed_string)] @import)
(require_once_expression [(string) (encapsed_string)] @import)
(include_expression [(string) (encapsed_string)] @import)
(include_once_expression [(string) (encapsed_string)] @import)
(require_expression (binary_expression right: [(string) (encapsed_string)] @import))
(require_once_expression (binary_expression right: [(string) (encapsed_string)] @import))
(include_expression (binary_expression right: [(string) (encapsed_string)] @import))
(include_once_expression (binary_expression right: [(string) (encapsed_string)] @import))

; openssl_encrypt(..)
(function_call_expression function: (_) @call) @call.expression
; $x->encrypt(..), $y?->z(..): callee `x.encrypt`
(member_call_expression object: (_) @call name: (_) @call.method) @call.expression
(nullsafe_member_call_expression object: (_) @call name: (_) @call.method) @call.expression
; AES::create(): callee `AES.create`
(scoped_call_expression scope: (_) @call name: (_) @call.method) @call.expression
; new AES('cbc'): callee `AES`
(object_creation_expression [(name) (qualified_name)] @call) @call.expression

(name) @identifier

[(string) (encapsed_string) (heredoc) (nowdoc)] @string

(comment) @comment
