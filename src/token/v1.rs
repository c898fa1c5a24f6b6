//! The hot path of minting and verifying: libmacaroons V1 packets and the HMAC-SHA256
//! chain, written out by hand.
//!
//! Why by hand, beside the `libmacaroon` crate: every request mints or verifies a token,
//! and through the crate each one costs several microseconds, mostly in work that a server
//! with a fixed root key does not need: the root key's HMAC state is rebuilt for every
//! token, each caveat and packet is a separate allocation, and a decoded token is
//! re-serialized and re-encoded to prove it canonical. Here the root key's inner and outer
//! SHA-256 states are computed once per signing key ([`RootMac`]), a token is written into
//! one buffer, and decoding accepts only the canonical packet layout so that no
//! re-serialization is needed.
//!
//! The output is byte-for-byte what `libmacaroon` produces (and so what libmacaroons and
//! pymacaroons read); the tests check it against the crate, and against the libmacaroons
//! test vectors. Anything this strict parser does not accept goes to the crate's parser,
//! which decides the error (see [`super::decode`]).

use super::hmac_sha256;
use std::ops::Range;

/// The HMAC-SHA256 state of a macaroon root key, after the key's inner and outer pad blocks:
/// signing the identifier then costs two SHA-256 blocks instead of four.
#[derive(Clone)]
pub(super) struct RootMac(hmac_sha256::Key);

impl RootMac {
    pub(super) fn new(root_key: &[u8; 32]) -> RootMac {
        RootMac(hmac_sha256::Key::new(root_key))
    }

    /// The macaroon signature: HMAC(root, identifier), then HMAC(previous, predicate) for
    /// each first-party caveat, as libmacaroons computes it.
    pub(super) fn signature<'a>(
        &self,
        identifier: &[u8],
        predicates: impl IntoIterator<Item = &'a [u8]>,
    ) -> [u8; 32] {
        let mut signature = self.0.mac(identifier);
        for predicate in predicates {
            signature = hmac_sha256::Key::new(&signature).mac(predicate);
        }
        signature
    }
}

/// The four-hex-digit length header plus `tag`, a space, the value and a newline.
pub(super) const HEADER_LEN: usize = 4;
const MAX_PACKET_LEN: usize = 0xFFFF;

/// Writes one packet whose value `write_value` appends; returns the value's range in `out`,
/// or `None` when the packet would not fit the four-digit length.
pub(super) fn write_packet(
    out: &mut Vec<u8>,
    tag: &[u8],
    write_value: impl FnOnce(&mut Vec<u8>),
) -> Option<Range<usize>> {
    let start = out.len();
    out.extend_from_slice(b"0000");
    out.extend_from_slice(tag);
    out.push(b' ');
    let value_start = out.len();
    write_value(out);
    let value = value_start..out.len();
    out.push(b'\n');
    let size = out.len() - start;
    if size > MAX_PACKET_LEN {
        return None;
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out[start..start + HEADER_LEN].copy_from_slice(&[
        HEX[(size >> 12) & 15],
        HEX[(size >> 8) & 15],
        HEX[(size >> 4) & 15],
        HEX[size & 15],
    ]);
    Some(value)
}

/// A token's packets, located in its decoded bytes.
pub(super) struct Packets {
    pub(super) identifier: Range<usize>,
    pub(super) caveats: Vec<Range<usize>>,
    pub(super) signature: [u8; 32],
}

/// Parses exactly the canonical V1 layout this server mints: `location onezone`, the
/// identifier, first-party caveats (`cid`) only, and a 32-byte signature last, each packet
/// with a lowercase length header. `None` for anything else, including forms that are valid
/// macaroons (third-party caveats, no location): the caller then asks `libmacaroon`.
pub(super) fn parse(binary: &[u8], location: &[u8]) -> Option<Packets> {
    let (location_range, packets) = parse_any_location(binary)?;
    (binary[location_range] == *location).then_some(packets)
}

/// [`parse`] for any location, which it returns beside the packets: Onezone's own tokens
/// (see [`super::onezone`]) have this same layout with the Onezone domain as location.
pub(super) fn parse_any_location(binary: &[u8]) -> Option<(Range<usize>, Packets)> {
    let mut reader = Reader { binary, offset: 0 };
    let location = reader.next(b"location")?;
    let identifier = reader.next(b"identifier")?;
    let mut caveats = Vec::with_capacity(6);
    while reader.next_tag_is(b"cid ") {
        caveats.push(reader.next(b"cid")?);
    }
    let signature = reader.next(b"signature")?;
    if reader.offset != binary.len() {
        return None;
    }
    let signature: [u8; 32] = binary[signature].try_into().ok()?;
    Some((
        location,
        Packets {
            identifier,
            caveats,
            signature,
        },
    ))
}

struct Reader<'a> {
    binary: &'a [u8],
    offset: usize,
}

impl Reader<'_> {
    /// Whether the next packet's body starts with `prefix` (a tag and its space).
    fn next_tag_is(&self, prefix: &[u8]) -> bool {
        let start = self.offset + HEADER_LEN;
        self.binary.get(start..start + prefix.len()) == Some(prefix)
    }

    /// Reads the next packet, which must carry `tag`; returns its value's range.
    fn next(&mut self, tag: &[u8]) -> Option<Range<usize>> {
        let rest = &self.binary[self.offset..];
        let mut size = 0usize;
        for &digit in rest.get(..HEADER_LEN)? {
            let value = match digit {
                b'0'..=b'9' => digit - b'0',
                b'a'..=b'f' => digit - b'a' + 10,
                _ => return None,
            };
            size = size * 16 + usize::from(value);
        }
        let body = rest.get(HEADER_LEN..size)?;
        let value = body
            .strip_prefix(tag)?
            .strip_prefix(b" ")?
            .strip_suffix(b"\n")?;
        let start = self.offset + HEADER_LEN + tag.len() + 1;
        self.offset += size;
        Some(start..start + value.len())
    }
}
