"""VERIFY.txt: how to check the archive with stock tools, in Chinese and English, with copy-paste commands.

Both languages are always present (the reader may not be the user), so this text is not translated per user.
The command lines are indented by four spaces and are exactly what a person should type.
"""

from __future__ import annotations

from . import layout

COMMANDS = (
    f"openssl pkeyutl -verify -pubin -inkey {layout.IDENTITY_PEM} -rawin -in {layout.SUMS} -sigfile {layout.SUMS_SIG}",
    f"ssh-keygen -Y verify -f {layout.ALLOWED_SIGNERS} -I {layout.SSH_PRINCIPAL} -n {layout.SSH_NAMESPACE} "
    f"-s {layout.SUMS_SSHSIG} < {layout.SUMS}",
    f"sha256sum -c {layout.SUMS}",
)
FINGERPRINT = f"ssh-keygen -l -f {layout.IDENTITY_SSH}"


def text(stamp_commands: list[str] | None = None) -> str:
    sig, ssh, sums = COMMANDS
    stamps = ""
    if stamp_commands:
        lines = "\n".join(f"    {c}" for c in stamp_commands)
        stamps = (
            "\n可信时间戳 / Trusted timestamps (OpenSSL; compare each root certificate's fingerprint with the one the "
            "time-stamp authority publishes):\n\n" + lines + "\n"
        )
    return f"""证据包验证说明（中文）
=====================

本证据包由 Evidence Recorder（证据录音）导出。无需安装本软件，用常见工具即可验证：

1. 把 zip 解压到一个空文件夹，并在该文件夹中打开终端：

    unzip 证据包.zip -d evidence
    cd evidence

2. 验证签名（SHA256SUMS 由证据库密钥签名；两种方式任选其一）。
   OpenSSL 3 应显示 “Signature Verified Successfully”：

    {sig}

   OpenSSH 8.1 以上应显示 “Good "{layout.SSH_NAMESPACE}" signature for {layout.SSH_PRINCIPAL}”：

    {ssh}

3. 验证每个文件的哈希值（每行都应显示 “OK” 或 “成功”）：

    {sums}

   macOS 上可用：shasum -a 256 -c {layout.SUMS}

4. 核对证据库密钥的指纹，与录音人另行提供的指纹（例如短信、纸条）比较：

    {FINGERPRINT}

以上三条命令都通过，说明本文件夹中每个列出的文件自签名以来未被改动。若要同时检查哈希链、每段音频的
哈希值、完整性（无缺失记录）以及报告中的事实，请使用本软件：recorder verify 证据包.zip
注意：sha256sum 不会发现额外添加的文件；recorder verify 会。时间来自录音设备本机时间。本报告不构成法律意见。


How to verify this evidence package (English)
=============================================

This package was exported by Evidence Recorder. You do not need the app to check it; stock tools suffice:

1. Unzip it into an empty folder and open a terminal in that folder:

    unzip package.zip -d evidence
    cd evidence

2. Check the signature (SHA256SUMS is signed by the vault key; either way will do).
   OpenSSL 3 prints "Signature Verified Successfully":

    {sig}

   OpenSSH 8.1 or later prints 'Good "{layout.SSH_NAMESPACE}" signature for {layout.SSH_PRINCIPAL}':

    {ssh}

3. Check every file's hash (each line must say "OK"):

    {sums}

   On macOS: shasum -a 256 -c {layout.SUMS}

4. Compare the vault key's fingerprint with the one the person who recorded gave you separately:

    {FINGERPRINT}

When the three commands succeed, every listed file in this folder is unchanged since it was signed. To check
also the hash chain, every audio block's hash, completeness (no missing entry) and the facts in the report,
use the app: recorder verify package.zip
Note: sha256sum does not notice a file added to the folder; recorder verify does. Times come from the recording
device's own clock unless trusted timestamps are included. This is not legal advice.
{stamps}"""
