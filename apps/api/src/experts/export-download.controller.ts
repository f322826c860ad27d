import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { AppError } from '@app/domain';
import { AuthService, ExpertExportService } from '@app/core';
import { bearerToken, refuse } from '../common/file-download.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Finished exports behind a signed, expiring link — and the bearer token of the account that started the export:
 * a link that leaks is useless to anyone else, and useless after a few minutes.
 */
@Controller('files/exports')
export class ExportDownloadController {
  constructor(
    private readonly auth: AuthService,
    private readonly exports: ExpertExportService,
  ) {}

  @Get(':id')
  async download(
    @Param('id') id: string,
    @Query('expires') expires: string,
    @Query('signature') signature: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      const token = bearerToken(req);
      if (!token) throw AppError.unauthenticated('请先登录后再下载导出文件');
      const actor = await this.auth.actorFromToken(token);
      const file = await this.exports.openDownload(actor, id, Number(expires), String(signature ?? ''));
      res.setHeader('Content-Type', XLSX_MIME);
      if (file.size !== null) res.setHeader('Content-Length', String(file.size));
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      );
      await pipeline(file.stream, res);
    } catch (err) {
      refuse(res, err);
    }
  }
}
