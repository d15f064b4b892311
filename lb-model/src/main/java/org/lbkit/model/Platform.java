package org.lbkit.model;

/** Operating system of an IceWarp node; decides path syntax and the scripts rendered for it. */
public enum Platform {
    /** Windows: UNC paths with {@code \}, {@code tool.exe}, PowerShell scripts. */
    WINDOWS,
    /** Linux: the share mounted at a local folder, {@code tool.sh}, bash scripts. */
    LINUX
}
