; ExportLens fact query: Ruby (tree-sitter-ruby 0.23).
; Capture names: see server/src/engine/parsing/extract.ts (module comment).

; require 'openssl'; require_relative "lib/x"; load 'x.rb'
(call
  !receiver
  method: (identifier) @_require
  arguments: (argument_list . (string) @import)
  (#any-of? @_require "require" "require_relative" "load" "autoload"))

; OpenSSL::Cipher.new(..): callee `OpenSSL::Cipher.new` (receiver through method name)
(call receiver: (_) @call method: (_) @call.method) @call.expression
; foo(1), puts "x"
(call !receiver method: (_) @call) @call.expression

[(identifier) (constant)] @identifier

[(string) (heredoc_body)] @string

(comment) @comment
