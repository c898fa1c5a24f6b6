//! HMAC-SHA256 (RFC 2104) for the macaroon signature chain, on `sha2`'s block function;
//! also the key of the verified-logins cache (`auth::verified`), under a 32-byte secret.
//!
//! Why by hand, beside the `hmac` crate: a mint chains one HMAC per caveat, each keyed by
//! the previous signature, and through `hmac` + `digest` each one also paid for their
//! buffered, generic streaming API (the key block copied and padded in a block buffer, the
//! state cloned, the output copied out of a `GenericArray`): in a native profile of mints
//! that overhead was 2.4% of the server's CPU beside the 5.8% of the SHA-256 blocks
//! themselves (docs/PERFORMANCE.md). Here the keys are at most one block long (root keys,
//! signatures and that secret are 32 bytes), the messages are short and whole, and each
//! HMAC is exactly its SHA-256 blocks. `sha2::compress256` still does the rounds, with the
//! CPU's SHA extensions where it has them. The tests check every length against the `hmac` crate.

use sha2::digest::generic_array::GenericArray;

/// SHA-256's block size in bytes.
const BLOCK: usize = 64;

/// SHA-256's initial hash value (FIPS 180-4, section 5.3.3).
const INITIAL_STATE: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/// An HMAC-SHA256 key, as the SHA-256 states after its inner and outer pad blocks: a MAC of
/// a short message then costs two blocks (see [`Key::mac`]).
#[derive(Clone)]
pub(crate) struct Key {
    inner: [u32; 8],
    outer: [u32; 8],
}

impl Key {
    /// The key's pad states: two SHA-256 blocks. Keys of more than one block would be
    /// hashed first (RFC 2104, section 2); the signature chain has none, so they are
    /// refused at compile time by the type.
    pub(crate) fn new(key: &[u8; 32]) -> Key {
        let mut inner_pad = [0x36u8; BLOCK];
        let mut outer_pad = [0x5cu8; BLOCK];
        for (index, byte) in key.iter().enumerate() {
            inner_pad[index] ^= byte;
            outer_pad[index] ^= byte;
        }
        let mut inner = INITIAL_STATE;
        compress(&mut inner, &inner_pad);
        let mut outer = INITIAL_STATE;
        compress(&mut outer, &outer_pad);
        Key { inner, outer }
    }

    /// HMAC(key, message).
    pub(crate) fn mac(&self, message: &[u8]) -> [u8; 32] {
        let mut inner = self.inner;
        finish(&mut inner, BLOCK, message);
        let mut outer = self.outer;
        finish(&mut outer, BLOCK, &state_bytes(&inner));
        state_bytes(&outer)
    }
}

/// Hashes `message` into `state`, which has absorbed `absorbed` bytes (whole blocks)
/// before it, and then SHA-256's padding: a 1 bit, zeros, and the total length in bits.
fn finish(state: &mut [u32; 8], absorbed: usize, message: &[u8]) {
    let mut blocks = message.chunks_exact(BLOCK);
    for block in &mut blocks {
        compress(state, block);
    }
    let tail = blocks.remainder();
    let mut last = [0u8; 2 * BLOCK];
    last[..tail.len()].copy_from_slice(tail);
    last[tail.len()] = 0x80;
    // The length takes the last 8 bytes: a tail of 56 bytes or more needs a second block.
    let end = if tail.len() < BLOCK - 8 {
        BLOCK
    } else {
        2 * BLOCK
    };
    let bits = ((absorbed + message.len()) as u64).wrapping_mul(8);
    last[end - 8..end].copy_from_slice(&bits.to_be_bytes());
    for block in last[..end].chunks_exact(BLOCK) {
        compress(state, block);
    }
}

fn compress(state: &mut [u32; 8], block: &[u8]) {
    sha2::compress256(state, std::slice::from_ref(GenericArray::from_slice(block)));
}

/// The digest of a finished state: its words, big-endian.
fn state_bytes(state: &[u32; 8]) -> [u8; 32] {
    let mut bytes = [0u8; 32];
    for (chunk, word) in bytes.chunks_exact_mut(4).zip(state) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::Key;
    use hmac::{Hmac, Mac};

    #[test]
    fn every_message_length_matches_the_hmac_crate() {
        for seed in 0..4u8 {
            let key: [u8; 32] = std::array::from_fn(|i| (i as u8).wrapping_mul(31) ^ seed);
            let ours = Key::new(&key);
            // Around every padding boundary: 55/56 bytes (one or two final blocks), 64, 119/120...
            for length in 0..300 {
                let message: Vec<u8> = (0..length).map(|i| (i * 7 + seed as usize) as u8).collect();
                let mut theirs = Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
                theirs.update(&message);
                let expected: [u8; 32] = theirs.finalize().into_bytes().into();
                assert_eq!(ours.mac(&message), expected, "key {seed}, {length} bytes");
            }
        }
    }

    #[test]
    fn rfc_4231_test_case_2_shape() {
        // RFC 4231 case 2 has a 4-byte key ("Jefe"); HMAC pads short keys with zeros, so
        // the same key zero-padded to 32 bytes gives the RFC's MAC.
        let mut key = [0u8; 32];
        key[..4].copy_from_slice(b"Jefe");
        let mac = Key::new(&key).mac(b"what do ya want for nothing?");
        let expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        let hex: String = mac.iter().map(|byte| format!("{byte:02x}")).collect();
        assert_eq!(hex, expected);
    }
}
