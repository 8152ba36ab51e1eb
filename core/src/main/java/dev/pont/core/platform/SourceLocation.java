package dev.pont.core.platform;

/**
 * Where a stack declared a resource: the declaring class and the line of the call, as the JVM
 * reports it. {@code path()} is the source file relative to a source root ({@code dev/pont/stacks/HealthData.java}).
 */
public record SourceLocation(String className, String fileName, int line) {

    /** The source file under a source root, from the class's package and the file name. */
    public String path() {
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
        return pkg + (fileName == null ? className.substring(dot + 1) + ".java" : fileName);
    }
}
