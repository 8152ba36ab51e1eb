package dev.pont.core.conformance;

/**
 * One property where what a target realised differs from the intent, in neutral terms:
 * {@code intent} says what the spec asked, {@code fact} what the cloud resources establish.
 * {@code declared} is true when the adapter declared a deviation for the resource.
 */
public record Difference(String target, String property, String intent, String fact, boolean declared) {
}
