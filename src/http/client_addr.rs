//! Who the client is, behind proxies: the address rate limits, the request log and
//! everything else downstream use.
//!
//! The TCP peer ([`PeerAddr`](crate::http::PeerAddr)) is the client unless it is one of the
//! operator's trusted proxies (`serve --trusted-proxy CIDR`). From a trusted proxy the client
//! is taken from `Forwarded` (RFC 7239, its `for=` parameters) or, when that header is
//! absent, from `X-Forwarded-For`: walking the list from the right (the hop nearest to us),
//! proxies the operator trusts are skipped and the first other address is the client; what
//! lies left of it was written by the client and cannot be believed. From any other peer
//! both headers are ignored, so nobody picks their own address. A malformed header from a
//! trusted proxy is logged and the peer is used: never an error for the client.

use hyper::HeaderMap;
use hyper::header::{FORWARDED, HeaderName};
use ipnet::IpNet;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::str::FromStr;

/// The address of the client a request comes from, as this server derived it (see the
/// module). [`ApiService`](crate::http::ApiService) puts it in each request's extensions
/// for the code behind it; an embedder that knows the client better may insert it itself,
/// and it is then used as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientAddr(pub IpAddr);

impl std::fmt::Display for ClientAddr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            // Every request line has one: written in one piece, where std's `Display`
            // formats each octet through the formatting machinery (a third of the line's
            // cost). Same text: dotted decimal without leading zeros.
            IpAddr::V4(v4) if f.width().is_none() && f.precision().is_none() => {
                let mut text = [0u8; 15];
                let mut len = 0;
                for (i, octet) in v4.octets().into_iter().enumerate() {
                    if i > 0 {
                        text[len] = b'.';
                        len += 1;
                    }
                    let mut digits = itoa::Buffer::new();
                    let digits = digits.format(octet).as_bytes();
                    text[len..len + digits.len()].copy_from_slice(digits);
                    len += digits.len();
                }
                f.write_str(std::str::from_utf8(&text[..len]).unwrap_or_default())
            }
            ip => ip.fmt(f),
        }
    }
}

const X_FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");

/// The proxies whose forwarding headers are believed. Empty (the default): none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// The proxies in these networks.
    pub fn new(networks: impl IntoIterator<Item = IpNet>) -> TrustedProxies {
        TrustedProxies(networks.into_iter().collect())
    }

    /// Whether no proxy is trusted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `address` is a trusted proxy (IPv4-mapped IPv6 addresses count as IPv4).
    pub fn contains(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.0.iter().any(|network| network.contains(&address))
    }

    /// The client behind `peer` for a request with `headers`.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> ClientAddr {
        let peer = canonical(peer);
        if !self.contains(peer) {
            return ClientAddr(peer);
        }
        let forwarded = if headers.contains_key(FORWARDED) {
            ("Forwarded", forwarded_for(headers))
        } else if headers.contains_key(X_FORWARDED_FOR) {
            ("X-Forwarded-For", x_forwarded_for(headers))
        } else {
            // A trusted peer that forwards nothing speaks for itself (a health probe, say).
            return ClientAddr(peer);
        };
        match forwarded {
            (_, Ok(hops)) => ClientAddr(self.nearest_untrusted(peer, &hops)),
            (header, Err(problem)) => {
                tracing::warn!(%peer, header, problem, "malformed forwarding header from a trusted proxy; using the peer address");
                ClientAddr(peer)
            }
        }
    }

    /// The right-most hop that is not a trusted proxy; when all are, the left-most (the
    /// whole chain is ours, so its first entry is the client).
    fn nearest_untrusted(&self, peer: IpAddr, hops: &[IpAddr]) -> IpAddr {
        hops.iter()
            .rev()
            .copied()
            .find(|hop| !self.contains(*hop))
            .or_else(|| hops.first().copied())
            .unwrap_or(peer)
    }
}

impl FromStr for TrustedProxies {
    type Err = String;

    /// A comma-separated list of CIDRs or single addresses (`10.0.0.0/8, 192.0.2.7`).
    fn from_str(list: &str) -> Result<TrustedProxies, String> {
        list.split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(parse_network)
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }
}

/// One CIDR (`10.0.0.0/8`) or address (`192.0.2.7`, meaning /32 or /128).
pub fn parse_network(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    text.parse::<IpNet>()
        .map(|network| network.trunc())
        .or_else(|_| text.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| format!("{text:?} is not an IP address or CIDR (like 10.0.0.0/8)"))
}

/// An IPv4 address mapped into IPv6 (`::ffff:192.0.2.1`, as a dual-stack socket reports
/// IPv4 peers) is the IPv4 address: one client, one key, whichever way it connected.
pub fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

/// Every `X-Forwarded-For` entry, left to right over all such headers. Entries are
/// addresses, optionally with a port (`192.0.2.1:4711`, `[2001:db8::1]:4711`), which some
/// proxies add.
fn x_forwarded_for(headers: &HeaderMap) -> Result<Vec<IpAddr>, &'static str> {
    let mut hops = Vec::new();
    for value in headers.get_all(X_FORWARDED_FOR) {
        let value = value.to_str().map_err(|_| "not ASCII")?;
        for item in value.split(',') {
            hops.push(node_address(item.trim()).ok_or("an entry is not an IP address")?);
        }
    }
    Ok(hops)
}

/// The `for=` addresses of every `Forwarded` element, left to right over all such headers.
///
/// Written here rather than taken from the `rfc7239` crate (0.1), which splits elements at
/// every comma (also inside quoted strings) and strips quotes without checking they pair,
/// so it accepts values RFC 7239 does not and misreads ones it does. The grammar is small:
/// `element *( "," element )`, `element = pair *( ";" pair )`, `pair = token "=" value`,
/// `value = token / quoted-string`.
fn forwarded_for(headers: &HeaderMap) -> Result<Vec<IpAddr>, &'static str> {
    let mut hops = Vec::new();
    for value in headers.get_all(FORWARDED) {
        let value = value.to_str().map_err(|_| "not ASCII")?;
        for element in split_unquoted(value, ',')? {
            let mut element_for = None;
            for pair in split_unquoted(element, ';')? {
                let pair = pair.trim();
                if pair.is_empty() {
                    continue;
                }
                let (name, value) = pair.split_once('=').ok_or("a parameter without a value")?;
                if !is_token(name) {
                    return Err("a parameter name is not a token");
                }
                let value = unquote(value)?;
                if name.eq_ignore_ascii_case("for") {
                    if element_for.is_some() {
                        return Err("for= twice in one element");
                    }
                    // `unknown` and obfuscated names (`_hidden`) say who the client is not.
                    element_for = Some(node_address(&value).ok_or("for= is not an IP address")?);
                }
            }
            hops.push(element_for.ok_or("an element without for=")?);
        }
    }
    if hops.is_empty() {
        return Err("no for= parameter");
    }
    Ok(hops)
}

/// `text` split at `separator` outside quoted strings.
fn split_unquoted(text: &str, separator: char) -> Result<Vec<&str>, &'static str> {
    let (mut parts, mut start, mut quoted, mut escaped) = (Vec::new(), 0, false, false);
    for (index, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            c if c == separator && !quoted => {
                parts.push(&text[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    if quoted {
        return Err("an unterminated quoted string");
    }
    parts.push(&text[start..]);
    Ok(parts)
}

/// A token or a quoted string (RFC 7230 section 3.2.6), unquoted.
fn unquote(value: &str) -> Result<String, &'static str> {
    let Some(inner) = value.strip_prefix('"') else {
        return if is_token(value) {
            Ok(value.to_owned())
        } else {
            Err("a value is neither a token nor a quoted string")
        };
    };
    let inner = inner
        .strip_suffix('"')
        .ok_or("text after a quoted string")?;
    let mut unquoted = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => unquoted.push(chars.next().ok_or("a dangling backslash")?),
            '"' => return Err("text after a quoted string"),
            c => unquoted.push(c),
        }
    }
    Ok(unquoted)
}

fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// A node as RFC 7239 writes it: `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]` or
/// `[2001:db8::1]:4711` (X-Forwarded-For also sees a bare `2001:db8::1`). `None` for
/// anything else, including `unknown` and obfuscated identifiers.
fn node_address(node: &str) -> Option<IpAddr> {
    if let Ok(address) = node.parse::<IpAddr>() {
        return Some(canonical(address));
    }
    if let Some(rest) = node.strip_prefix('[') {
        let (address, after) = rest.split_once(']')?;
        let address: Ipv6Addr = address.parse().ok()?;
        if !(after.is_empty() || after.strip_prefix(':').is_some_and(is_port)) {
            return None;
        }
        return Some(canonical(IpAddr::V6(address)));
    }
    // An IPv4 address with a port; a bare IPv6 address was handled above.
    node.parse::<SocketAddr>().ok().map(|s| canonical(s.ip()))
}

/// A port as RFC 7239 allows it: digits, or an obfuscated `_name`.
fn is_port(text: &str) -> bool {
    text.parse::<u16>().is_ok() || (text.starts_with('_') && is_token(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_written_as_std_writes_them() {
        for text in [
            "0.0.0.0",
            "127.0.0.1",
            "10.20.30.40",
            "255.255.255.255",
            "1.0.99.100",
        ] {
            let ip: IpAddr = text.parse().unwrap();
            assert_eq!(ClientAddr(ip).to_string(), ip.to_string());
            assert_eq!(format!("{:>16}", ClientAddr(ip)), format!("{ip:>16}"));
        }
        let v6: IpAddr = "2001:db8::1".parse().unwrap();
        assert_eq!(ClientAddr(v6).to_string(), "2001:db8::1");
    }

    fn proxies(list: &str) -> TrustedProxies {
        list.parse().unwrap()
    }

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                HeaderName::from_bytes(name.as_bytes()).unwrap(),
                value.parse().unwrap(),
            );
        }
        map
    }

    fn client(trusted: &str, peer: &str, pairs: &[(&str, &str)]) -> String {
        proxies(trusted)
            .client(peer.parse().unwrap(), &headers(pairs))
            .to_string()
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_forwards() {
        let forged = [
            ("x-forwarded-for", "203.0.113.9"),
            ("forwarded", "for=203.0.113.9"),
        ];
        assert_eq!(client("", "192.0.2.1", &forged), "192.0.2.1");
        assert_eq!(client("10.0.0.0/8", "192.0.2.1", &forged), "192.0.2.1");
    }

    #[test]
    fn x_forwarded_for_is_read_from_the_right_skipping_trusted_hops() {
        let trusted = "10.0.0.0/8";
        let chain = [("x-forwarded-for", "198.51.100.7, 203.0.113.9, 10.1.1.1")];
        // 198.51.100.7 was written by the client itself: not believed.
        assert_eq!(client(trusted, "10.0.0.2", &chain), "203.0.113.9");
        // Several headers are one list.
        let split = [
            ("x-forwarded-for", "198.51.100.7"),
            ("x-forwarded-for", "203.0.113.9:4711, 10.1.1.1"),
        ];
        assert_eq!(client(trusted, "10.0.0.2", &split), "203.0.113.9");
        // All hops trusted: the left-most is the client.
        let internal = [("x-forwarded-for", "10.9.9.9, 10.1.1.1")];
        assert_eq!(client(trusted, "10.0.0.2", &internal), "10.9.9.9");
        let v6 = [("x-forwarded-for", "[2001:db8::5]:443")];
        assert_eq!(client(trusted, "10.0.0.2", &v6), "2001:db8::5");
        let bare_v6 = [("x-forwarded-for", "2001:db8::5")];
        assert_eq!(client(trusted, "10.0.0.2", &bare_v6), "2001:db8::5");
    }

    #[test]
    fn forwarded_wins_and_handles_quoted_ipv6_and_ports() {
        let trusted = "10.0.0.0/8, ::1";
        let both = [
            (
                "forwarded",
                r#"for=198.51.100.7, for="[2001:db8:cafe::17]:4711";proto=https"#,
            ),
            ("x-forwarded-for", "203.0.113.9"),
        ];
        assert_eq!(client(trusted, "10.0.0.2", &both), "2001:db8:cafe::17");
        let quoted_v4 = [("forwarded", r#"For="192.0.2.60:8080"; by=10.0.0.2"#)];
        assert_eq!(client(trusted, "::1", &quoted_v4), "192.0.2.60");
        let trusted_last = [("forwarded", "for=192.0.2.60, for=10.3.3.3")];
        assert_eq!(client(trusted, "10.0.0.2", &trusted_last), "192.0.2.60");
        // A comma inside a quoted string does not split elements.
        let comma = [("forwarded", r#"for=192.0.2.60;host="a,b""#)];
        assert_eq!(client(trusted, "10.0.0.2", &comma), "192.0.2.60");
    }

    #[test]
    fn malformed_headers_from_a_trusted_proxy_fall_back_to_the_peer() {
        let trusted = "10.0.0.0/8";
        for (name, value) in [
            ("forwarded", "for=unknown"),
            ("forwarded", "for=_hidden"),
            ("forwarded", r#"for="192.0.2.60"#),
            ("forwarded", "for=[2001:db8::1]"),
            ("forwarded", "proto=https"),
            ("forwarded", "for=192.0.2.60;for=192.0.2.61"),
            ("forwarded", r#"for="[2001:db8::1]:99999""#),
            ("x-forwarded-for", "198.51.100.7, not-an-address"),
            ("x-forwarded-for", ""),
            ("x-forwarded-for", "192.0.2.1:port"),
        ] {
            assert_eq!(
                client(trusted, "10.0.0.2", &[(name, value)]),
                "10.0.0.2",
                "{name}: {value}"
            );
        }
        // No header: the proxy speaks for itself.
        assert_eq!(client(trusted, "10.0.0.2", &[]), "10.0.0.2");
    }

    #[test]
    fn mapped_ipv4_is_ipv4() {
        assert_eq!(client("", "::ffff:192.0.2.1", &[]), "192.0.2.1");
        assert_eq!(
            client(
                "192.0.2.0/24",
                "::ffff:192.0.2.1",
                &[("x-forwarded-for", "198.51.100.1")]
            ),
            "198.51.100.1"
        );
    }

    #[test]
    fn networks_parse_as_cidrs_or_addresses() {
        assert_eq!(
            parse_network("10.1.2.3/8").unwrap().to_string(),
            "10.0.0.0/8"
        );
        assert_eq!(
            parse_network("192.0.2.7").unwrap().to_string(),
            "192.0.2.7/32"
        );
        assert_eq!(parse_network("::1").unwrap().to_string(), "::1/128");
        assert!(parse_network("10.0.0.0/33").is_err());
        assert!(parse_network("proxy.internal").is_err());
        assert_eq!(proxies(" 10.0.0.0/8 , ,::1").0.len(), 2);
    }
}
