package dev.pont.sandbox.probe;

import dev.pont.core.PontException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Whom a probe's TLS client trusts: the JVM's CA certificates, or only one PEM certificate
 * (a local sandbox's self-signed one). Hostnames are always verified.
 */
public record Tls(Path caCertificate) {
    public static Tls system() {
        return new Tls(null);
    }

    public TrustManagerFactory trustManagers() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (caCertificate == null) {
                tmf.init((KeyStore) null);
                return tmf;
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            try (InputStream in = Files.newInputStream(caCertificate)) {
                int i = 0;
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("ca-" + i++, c);
                }
            }
            tmf.init(store);
            return tmf;
        } catch (IOException | GeneralSecurityException e) {
            throw new PontException(caCertificate + ": cannot read the CA certificate (" + e.getMessage() + "): give a PEM file");
        }
    }

    public SSLContext sslContext() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, trustManagers().getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS context", e);
        }
    }
}
