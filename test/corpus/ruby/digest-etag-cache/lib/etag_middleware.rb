require "digest"

# Adds strong ETags to JSON API responses and answers If-None-Match with 304.
class EtagMiddleware
  def initialize(app, only: %r{\A/api/})
    @app = app
    @only = only
  end

  def call(env)
    status, headers, body = @app.call(env)
    return [status, headers, body] unless status == 200 && env["PATH_INFO"].match?(@only)

    chunks = []
    body.each { |c| chunks << c }
    body.close if body.respond_to?(:close)
    payload = chunks.join
    etag = %("#{Digest::SHA256.hexdigest(payload)[0, 32]}")
    headers["etag"] = etag
    headers["cache-control"] ||= "private, max-age=0, must-revalidate"

    if env["HTTP_IF_NONE_MATCH"]&.split(/\s*,\s*/)&.include?(etag)
      [304, headers.reject { |k, _| k.casecmp?("content-length") }, []]
    else
      [status, headers, [payload]]
    end
  end
end
