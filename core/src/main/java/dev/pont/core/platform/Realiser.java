package dev.pont.core.platform;

/** Turns a validated declaration into cloud resources; the platform calls it in order. */
@FunctionalInterface
public interface Realiser {
    /** {@code before} lists the declarations made before this one, in order. */
    Handle realise(Declaration declaration, java.util.List<Declaration> before);

    /** Builds the model only. */
    Realiser NONE = (d, before) -> new Handle(d.name(), d.spec().kind(), null, null);
}
