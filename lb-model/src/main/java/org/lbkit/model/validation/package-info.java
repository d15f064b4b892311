/**
 * Checks a {@link org.lbkit.model.Cluster} against the rules of IceWarp's load-balancing guide,
 * without touching any server. {@link org.lbkit.model.validation.ClusterValidator#standard()}
 * runs every check and returns all findings at once; each finding's path is the key path of the
 * offending value in a cluster file, such as {@code nodes[1].id}.
 *
 * <p>Rule ids are stable. The standard rules, with their severity:
 * <table>
 * <caption>Standard rules</caption>
 * <tr><th>rule</th><th>severity</th><th>finds</th></tr>
 * <tr><td>cluster-name-invalid</td><td>ERROR</td><td>a cluster name unusable in file names</td></tr>
 * <tr><td>min-two-nodes</td><td>ERROR</td><td>fewer than two nodes</td></tr>
 * <tr><td>single-master</td><td>ERROR</td><td>no master, or several</td></tr>
 * <tr><td>server-id-empty, server-id-length, server-id-characters</td><td>ERROR</td>
 *     <td>an empty server ID, one longer than two characters, or one a file name cannot start with</td></tr>
 * <tr><td>server-id-not-digits</td><td>WARNING</td><td>a server ID that is not digits</td></tr>
 * <tr><td>server-name-empty</td><td>ERROR</td><td>an empty server name</td></tr>
 * <tr><td>server-name-invalid</td><td>WARNING</td><td>a server name that is not a host name</td></tr>
 * <tr><td>node-address-invalid, node-address-loopback, node-address-unspecified</td><td>ERROR</td>
 *     <td>a node address that is not IPv4, IPv6 or DNS, or that other nodes cannot reach</td></tr>
 * <tr><td>share-mount-missing, share-mount-not-absolute</td><td>ERROR</td>
 *     <td>a Linux node without an absolute share mount folder</td></tr>
 * <tr><td>odbc-on-linux</td><td>ERROR</td><td>ODBC access on a Linux node</td></tr>
 * <tr><td>unique-server-id, unique-server-name, unique-address</td><td>ERROR</td>
 *     <td>two nodes with the same ID or name (ignoring case) or address (after normalising)</td></tr>
 * <tr><td>licence-mismatch</td><td>ERROR</td><td>nodes whose licences differ</td></tr>
 * <tr><td>licence-unknown</td><td>INFO</td><td>a node or cluster without licence information</td></tr>
 * <tr><td>temp-on-share, logs-on-share</td><td>ERROR</td>
 *     <td>a temporary or logs folder on the share, another network path or the Linux share mount</td></tr>
 * <tr><td>temp-in-program-files, logs-in-program-files</td><td>INFO</td>
 *     <td>a temporary or logs folder in Program Files</td></tr>
 * <tr><td>node-path-not-absolute</td><td>ERROR</td>
 *     <td>a node folder that is not absolute for its platform</td></tr>
 * <tr><td>share-root-not-unc</td><td>ERROR</td>
 *     <td>a share root given as a drive letter, local path or bad UNC</td></tr>
 * <tr><td>share-root-loopback</td><td>ERROR</td><td>a share root on localhost</td></tr>
 * <tr><td>admin-share-local-account</td><td>WARNING</td>
 *     <td>an administrative share reached with a local account</td></tr>
 * <tr><td>share-on-node</td><td>WARNING</td><td>a share served by one of the nodes</td></tr>
 * <tr><td>share-folder-invalid, share-folder-duplicate</td><td>ERROR</td>
 *     <td>a layout folder given as a drive letter or path, or used for two kinds of data</td></tr>
 * <tr><td>user-not-carried, password-not-carried, share-path-not-carried</td><td>ERROR</td>
 *     <td>a user, inline password or path that IceWarp's remote connection or database string cannot
 *     carry; passwords given as references are checked when they are read</td></tr>
 * <tr><td>database-host-invalid, database-host-loopback, database-host-unspecified</td><td>ERROR</td>
 *     <td>a database host that not every node can reach</td></tr>
 * <tr><td>database-host-on-node, database-backup-same-server</td><td>WARNING</td>
 *     <td>a database on one node, or a backup that is the primary</td></tr>
 * <tr><td>sqlite-not-shared</td><td>ERROR</td><td>SQLite for a role all nodes must share</td></tr>
 * <tr><td>database-name-invalid</td><td>ERROR</td><td>a database name MySQL or IceWarp cannot take</td></tr>
 * <tr><td>unique-database-name</td><td>WARNING</td><td>two roles in one database</td></tr>
 * <tr><td>database-user-root</td><td>WARNING</td><td>IceWarp connecting as root</td></tr>
 * <tr><td>archive-path-not-unc, archive-path-outside-layout, index-path-not-unc,
 *     index-path-outside-layout</td><td>ERROR</td>
 *     <td>an archive or index path that is not the layout's folder on the share</td></tr>
 * <tr><td>archive-pattern-invalid, archive-imap-folder-empty</td><td>ERROR</td>
 *     <td>an enabled archive with an unusable sub-folder pattern or IMAP folder</td></tr>
 * <tr><td>spof-database, spof-share, spof-load-balancer</td><td>INFO</td>
 *     <td>the single points of failure that remain, with what removes each</td></tr>
 * <tr><td>load-balancer-name-invalid, load-balancer-address-invalid, load-balancer-port-conflict</td>
 *     <td>ERROR</td><td>a balancer name or address that is invalid, or a port given to two services</td></tr>
 * <tr><td>load-balancer-on-node</td><td>WARNING</td><td>a balancer address that is a node's</td></tr>
 * </table>
 */
package org.lbkit.model.validation;
