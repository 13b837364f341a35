import CryptoKit
import Foundation

/// Private journal entries are sealed with AES-GCM before they are written to iCloud Drive.
/// The symmetric key is derived from the user's Secure Enclave P-256 key agreement with the
/// journal's static public key, so a copied container is useless on another device.
struct EntryCrypto {
    let key: SymmetricKey

    init(deviceKey: SecureEnclave.P256.KeyAgreement.PrivateKey, journalPublic: P256.KeyAgreement.PublicKey) throws {
        let shared = try deviceKey.sharedSecretFromKeyAgreement(with: journalPublic)
        key = shared.hkdfDerivedSymmetricKey(using: SHA256.self,
                                             salt: Data("journal-v1".utf8),
                                             sharedInfo: Data(),
                                             outputByteCount: 32)
    }

    func seal(_ entry: JournalEntry) throws -> Data {
        let json = try JSONEncoder().encode(entry)
        let box = try AES.GCM.seal(json, using: key, authenticating: Data(entry.id.uuidString.utf8))
        guard let combined = box.combined else { throw CocoaError(.coderInvalidValue) }
        return combined
    }

    func open(_ data: Data, id: UUID) throws -> JournalEntry {
        let box = try AES.GCM.SealedBox(combined: data)
        let json = try AES.GCM.open(box, using: key, authenticating: Data(id.uuidString.utf8))
        return try JSONDecoder().decode(JournalEntry.self, from: json)
    }
}

struct JournalEntry: Codable {
    let id: UUID
    let date: Date
    let text: String
}
