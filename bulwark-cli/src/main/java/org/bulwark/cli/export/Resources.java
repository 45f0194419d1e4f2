package org.bulwark.cli.export;

import org.bulwark.deploy.Resource;

/** The text key of a resource, the same in every file so tables can be joined on it. */
final class Resources {
    private Resources() {
    }

    /** {@code link:L012:PL_SUW>LT_MCK}, {@code node_handling:LT_KLJ}, {@code gauge_break:LT_MCK}. */
    static String key(Resource resource) {
        return switch (resource.kind()) {
            case LINK -> "link:" + resource.link().orElseThrow().value() + ":" + resource.from() + ">" + resource.to();
            case NODE_HANDLING, GAUGE_BREAK -> resource.kind().label() + ":" + resource.from();
        };
    }

    static String linkId(Resource resource) {
        return resource.link().map(l -> l.value()).orElse("");
    }
}
