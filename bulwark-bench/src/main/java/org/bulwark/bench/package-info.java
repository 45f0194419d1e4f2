/** JMH benchmarks; each class's javadoc gives the command that runs it. */
package org.bulwark.bench;
