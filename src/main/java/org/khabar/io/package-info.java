/** Output files written all at once or not at all ({@link org.khabar.io.AtomicFile}). */
package org.khabar.io;
