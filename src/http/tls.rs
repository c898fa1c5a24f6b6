//! HTTPS through rustls (ring provider): TLS 1.3 and TLS 1.2, 1.2 the oldest offered. Either
//! the operator's PEM certificate chain and private key (PKCS#8, PKCS#1 RSA or SEC1 EC), or a
//! self-signed certificate made on first start in `<data-dir>/tls/` and reused afterwards.
//!
//! The certificate and the key are checked to belong together before the server listens: a
//! mismatched pair would otherwise make every handshake fail with nothing said at start.

use crate::store::data_dir;
use anyhow::{Context, bail};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use std::fs;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::sign::{CertifiedKey, SingleCertAndKey};
use tokio_rustls::rustls::{self, ServerConfig, version};

/// Where the certificate comes from.
#[derive(Debug, Clone)]
pub enum TlsConfig {
    /// A self-signed certificate for `localhost`, `127.0.0.1` and `::1`, kept in
    /// `<data-dir>/tls/`.
    SelfSigned,
    /// The operator's certificate chain and private key, both PEM.
    Files {
        /// The certificate chain.
        cert: PathBuf,
        /// The private key.
        key: PathBuf,
    },
    /// Plain HTTP.
    Disabled,
}

/// The directory under the data directory that holds the self-signed certificate.
pub const SELF_SIGNED_DIR: &str = "tls";
/// The self-signed certificate's file name (PEM) in [`SELF_SIGNED_DIR`].
pub const CERT_FILE: &str = "cert.pem";
/// The self-signed certificate's private key's file name (PEM) in [`SELF_SIGNED_DIR`].
pub const KEY_FILE: &str = "key.pem";

/// A PEM certificate chain or key longer than this is not one.
const MAX_PEM_BYTES: u64 = 1024 * 1024;

/// The protocol versions offered, newest first.
pub const PROTOCOL_VERSIONS: &[&rustls::SupportedProtocolVersion] =
    &[&version::TLS13, &version::TLS12];

/// Builds the acceptor for `config`, or `None` for plain HTTP.
pub fn acceptor(config: &TlsConfig, data_dir: &Path) -> anyhow::Result<Option<TlsAcceptor>> {
    let (cert, key_pem) = match config {
        TlsConfig::Disabled => return Ok(None),
        // The operator's files are read the ordinary way: certificate managers deploy
        // them as symbolic links.
        TlsConfig::Files { cert, key } => (cert.clone(), read_pem(key, "key")?),
        TlsConfig::SelfSigned => {
            let dir = data_dir.join(SELF_SIGNED_DIR);
            let (cert, key) = self_signed(&dir)?;
            // Ours, in the data directory: no symbolic link, owned by us, private.
            let key_pem = data_dir::read_private(&key, MAX_PEM_BYTES)
                .with_context(|| format!("cannot read TLS key {}", key.display()))?;
            (cert, key_pem)
        }
    };
    let key_path = match config {
        TlsConfig::Files { key, .. } => key.clone(),
        _ => data_dir.join(SELF_SIGNED_DIR).join(KEY_FILE),
    };
    let cert_pem = read_pem(&cert, "certificate")?;
    let server_config = server_config(&cert_pem, &key_pem, &cert, &key_path)?;
    Ok(Some(TlsAcceptor::from(Arc::new(server_config))))
}

/// The rustls configuration for a PEM chain and key; the paths only name them in errors.
pub fn server_config(
    cert_pem: &[u8],
    key_pem: &[u8],
    cert: &Path,
    key: &Path,
) -> anyhow::Result<ServerConfig> {
    let chain = CertificateDer::pem_slice_iter(cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("the TLS certificate {} is not valid PEM", cert.display()))?;
    if chain.is_empty() {
        bail!(
            "the TLS certificate {} holds no certificate (\"BEGIN CERTIFICATE\")",
            cert.display()
        );
    }
    let private_key = PrivateKeyDer::from_pem_slice(key_pem).map_err(|error| {
        anyhow::anyhow!(
            "the TLS key {} is not an unencrypted PEM private key (PKCS#8 \"BEGIN PRIVATE \
             KEY\", PKCS#1 \"BEGIN RSA PRIVATE KEY\" or SEC1 \"BEGIN EC PRIVATE KEY\"): {error}",
            key.display()
        )
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let signing_key = provider
        .key_provider
        .load_private_key(private_key)
        .with_context(|| {
            format!(
                "the TLS key {} is not a usable RSA, ECDSA or Ed25519 key",
                key.display()
            )
        })?;
    let certified = CertifiedKey::new(chain, signing_key);
    match certified.keys_match() {
        Ok(()) => {}
        Err(rustls::Error::InconsistentKeys(rustls::InconsistentKeys::KeyMismatch)) => bail!(
            "the TLS certificate {} and the key {} do not belong together (the key is not the \
             certificate's private key): give the key the certificate was issued for",
            cert.display(),
            key.display()
        ),
        // The key cannot tell its public half: nothing to compare (ring's keys all can).
        Err(rustls::Error::InconsistentKeys(rustls::InconsistentKeys::Unknown)) => {}
        Err(error) => bail!(
            "cannot check that the TLS certificate {} and key {} belong together: {error}",
            cert.display(),
            key.display()
        ),
    }
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(PROTOCOL_VERSIONS)
        .context("cannot set up TLS")?
        .with_no_client_auth()
        .with_cert_resolver(Arc::new(SingleCertAndKey::from(certified)));
    // The server speaks HTTP/1.1 only.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// Reads an operator-supplied PEM file, refusing anything larger than a PEM file can be.
fn read_pem(path: &Path, what: &str) -> anyhow::Result<Vec<u8>> {
    let file = fs::File::open(path)
        .with_context(|| format!("cannot read TLS {what} {}", path.display()))?;
    let mut contents = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(file, MAX_PEM_BYTES + 1),
        &mut contents,
    )
    .with_context(|| format!("cannot read TLS {what} {}", path.display()))?;
    if contents.len() as u64 > MAX_PEM_BYTES {
        bail!(
            "the TLS {what} {} is larger than {MAX_PEM_BYTES} bytes: not a PEM file",
            path.display()
        );
    }
    Ok(contents)
}

/// Returns the self-signed certificate's paths, creating it on first use.
fn self_signed(dir: &Path) -> anyhow::Result<(PathBuf, PathBuf)> {
    let (cert_path, key_path) = (dir.join(CERT_FILE), dir.join(KEY_FILE));
    // The data directory and its `tls/` are ours and private, as for the database.
    if let Some(data_dir) = dir.parent() {
        data_dir::prepare(data_dir)?;
    }
    data_dir::prepare(dir)?;
    if cert_path.exists() && key_path.exists() {
        return Ok((cert_path, key_path));
    }
    let names = ["localhost", "127.0.0.1", "::1"].map(String::from).to_vec();
    let certified = rcgen::generate_simple_self_signed(names)
        .context("cannot generate a self-signed certificate")?;
    write_private(&key_path, certified.signing_key.serialize_pem().as_bytes())?;
    fs::write(&cert_path, certified.cert.pem())
        .with_context(|| format!("cannot write {}", cert_path.display()))?;
    tracing::info!(cert = %cert_path.display(), "created a self-signed TLS certificate");
    Ok((cert_path, key_path))
}

/// Writes a new file that only its owner can read; never through a symbolic link.
fn write_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(contents)
        .with_context(|| format!("cannot write {}", path.display()))
}
