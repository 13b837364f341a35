require "openssl"
require "securerandom"
require "aws-sdk-s3"

# Nightly pg_dump -> AES-256-CBC (+ HMAC-SHA256) -> S3. Keys come from the ops vault.
class EncryptedBackup
  CHUNK = 1 << 20

  def initialize(enc_key:, mac_key:, bucket:)
    @enc_key = enc_key
    @mac_key = mac_key
    @bucket = Aws::S3::Resource.new.bucket(bucket)
  end

  def encrypt_file(src, dst)
    cipher = OpenSSL::Cipher.new("aes-256-cbc").encrypt
    cipher.key = @enc_key
    iv = cipher.random_iv
    hmac = OpenSSL::HMAC.new(@mac_key, "SHA256")
    File.open(dst, "wb") do |out|
      out.write(iv)
      hmac.update(iv)
      File.open(src, "rb") do |inp|
        while (chunk = inp.read(CHUNK))
          ct = cipher.update(chunk)
          hmac.update(ct)
          out.write(ct)
        end
      end
      last = cipher.final
      hmac.update(last)
      out.write(last)
      out.write(hmac.digest)
    end
  end

  def run(dump_path)
    enc_path = "#{dump_path}.enc"
    encrypt_file(dump_path, enc_path)
    @bucket.object("pg/#{File.basename(enc_path)}").upload_file(enc_path, server_side_encryption: "AES256")
  ensure
    File.delete(dump_path) if File.exist?(dump_path)
  end
end
