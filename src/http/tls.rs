//! HTTPS through native-tls (OpenSSL on Linux). Either the operator's PEM certificate and
//! PKCS#8 key, or a self-signed certificate made on first start in `<data-dir>/tls/` and
//! reused afterwards. TLS 1.2 is the oldest protocol offered.

use anyhow::{Context, bail};
use native_tls::{Identity, Protocol};
use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use tokio_native_tls::TlsAcceptor;

/// Where the certificate comes from.
#[derive(Debug, Clone)]
pub enum TlsConfig {
    /// A self-signed certificate for `localhost`, `127.0.0.1` and `::1`, kept in
    /// `<data-dir>/tls/`.
    SelfSigned,
    /// The operator's certificate chain and private key, both PEM.
    Files { cert: PathBuf, key: PathBuf },
    /// Plain HTTP.
    Disabled,
}

pub const SELF_SIGNED_DIR: &str = "tls";
pub const CERT_FILE: &str = "cert.pem";
pub const KEY_FILE: &str = "key.pem";

/// Builds the acceptor for `config`, or `None` for plain HTTP.
pub fn acceptor(config: &TlsConfig, data_dir: &Path) -> anyhow::Result<Option<TlsAcceptor>> {
    let (cert, key) = match config {
        TlsConfig::Disabled => return Ok(None),
        TlsConfig::Files { cert, key } => (cert.clone(), key.clone()),
        TlsConfig::SelfSigned => self_signed(&data_dir.join(SELF_SIGNED_DIR))?,
    };
    let cert_pem = fs::read(&cert)
        .with_context(|| format!("cannot read TLS certificate {}", cert.display()))?;
    let key_pem =
        fs::read(&key).with_context(|| format!("cannot read TLS key {}", key.display()))?;
    if !key_pem
        .windows(27)
        .any(|w| w == b"-----BEGIN PRIVATE KEY-----")
    {
        bail!(
            "the TLS key {} is not an unencrypted PKCS#8 PEM key (\"BEGIN PRIVATE KEY\"); \
             convert it with: openssl pkcs8 -topk8 -nocrypt -in OLD.pem -out {}",
            key.display(),
            key.display()
        );
    }
    let identity = Identity::from_pkcs8(&cert_pem, &key_pem).with_context(|| {
        format!(
            "the TLS certificate {} and key {} do not form a valid identity",
            cert.display(),
            key.display()
        )
    })?;
    let acceptor = native_tls::TlsAcceptor::builder(identity)
        .min_protocol_version(Some(Protocol::Tlsv12))
        .build()
        .context("cannot set up TLS")?;
    Ok(Some(TlsAcceptor::from(acceptor)))
}

/// Returns the self-signed certificate's paths, creating it on first use.
fn self_signed(dir: &Path) -> anyhow::Result<(PathBuf, PathBuf)> {
    let (cert_path, key_path) = (dir.join(CERT_FILE), dir.join(KEY_FILE));
    if cert_path.exists() && key_path.exists() {
        return Ok((cert_path, key_path));
    }
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("cannot create {}", dir.display()))?;
    let names = ["localhost", "127.0.0.1", "::1"].map(String::from).to_vec();
    let certified = rcgen::generate_simple_self_signed(names)
        .context("cannot generate a self-signed certificate")?;
    write_private(&key_path, certified.signing_key.serialize_pem().as_bytes())?;
    fs::write(&cert_path, certified.cert.pem())
        .with_context(|| format!("cannot write {}", cert_path.display()))?;
    tracing::info!(cert = %cert_path.display(), "created a self-signed TLS certificate");
    Ok((cert_path, key_path))
}

/// Writes a file that only its owner can read.
fn write_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(contents)
        .with_context(|| format!("cannot write {}", path.display()))
}
