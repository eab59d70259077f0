/** How text people type is tidied and compared, the same in every module. */
package org.locus.platform.api.text;
