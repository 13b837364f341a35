import CryptoKit
import Foundation

/// Signs API requests: X-Signature = HMAC-SHA256(secret, method \n path \n timestamp \n sha256(body)).
struct RequestSigner {
    let keyId: String
    let secret: SymmetricKey

    init(keyId: String, secretBase64: String) {
        self.keyId = keyId
        self.secret = SymmetricKey(data: Data(base64Encoded: secretBase64) ?? Data())
    }

    func sign(_ request: inout URLRequest, now: Date = Date()) {
        let ts = String(Int(now.timeIntervalSince1970))
        let bodyHash = SHA256.hash(data: request.httpBody ?? Data()).map { String(format: "%02x", $0) }.joined()
        let canonical = [request.httpMethod ?? "GET", request.url?.path ?? "/", ts, bodyHash].joined(separator: "\n")
        let mac = HMAC<SHA256>.authenticationCode(for: Data(canonical.utf8), using: secret)
        request.setValue(keyId, forHTTPHeaderField: "X-Key-Id")
        request.setValue(ts, forHTTPHeaderField: "X-Timestamp")
        request.setValue(Data(mac).base64EncodedString(), forHTTPHeaderField: "X-Signature")
    }
}
