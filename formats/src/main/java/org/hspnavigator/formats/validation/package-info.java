/**
 * Problems with input, each named by where it is (a JSON path such as {@code degrees[1].level}, or a
 * line and column of the text), and the exception that carries them to the command line or the API.
 * What is wrong is kept as a key of the {@code validation} bundle and its arguments, and written in the
 * language of whoever reads it: the command line's {@code --lang}, the API's {@code Accept-Language},
 * the language of a page.
 */
package org.hspnavigator.formats.validation;
