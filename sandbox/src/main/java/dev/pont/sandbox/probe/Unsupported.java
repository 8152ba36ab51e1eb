package dev.pont.sandbox.probe;

/** The endpoint does not implement what a probe asked (e.g. S3 501 NotImplemented): the probe cannot conclude. */
public final class Unsupported extends RuntimeException {
    public Unsupported(String what) {
        super(what);
    }
}
