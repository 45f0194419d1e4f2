package org.bulwark.deploy;

import com.google.ortools.Loader;
import com.sun.jna.Platform;

/**
 * Google OR-Tools' native library: whether it is shipped for this platform, and loading it.
 * Bulwark's jar carries the Linux x86-64 natives only (docs/architecture.md, D12); elsewhere
 * the planner still plans, with the critical-path bound, and the OR-Tools bounds and references
 * say they are not available rather than fail.
 */
public final class OrTools {
    private static final String RESOURCE = "ortools-" + Platform.RESOURCE_PREFIX + "/";

    private OrTools() {
    }

    /** Whether the natives for this platform are on the class path. */
    public static boolean available() {
        return Loader.class.getClassLoader().getResource(RESOURCE) != null;
    }

    /** The platform as OR-Tools names it, e.g. {@code linux-x86-64}. */
    public static String platform() {
        return Platform.RESOURCE_PREFIX;
    }

    /** Loads the natives (once; later calls return at once). Check {@link #available()} first. */
    public static void load() {
        Loader.loadNativeLibraries();
    }
}
