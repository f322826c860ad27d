import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '@app/domain';
import { AuthService, ProgrammeApplicationPdfService } from '@app/core';
import { assertRole } from '../common/auth.guard.js';
import { bearerToken, refuse } from '../common/file-download.js';
import { APPLICATION_READER_ROLES } from './programme.resolver.js';

/**
 * The application as a PDF laid out like annex 1 or 2, for whoever may read it (its unit, its recommender, the
 * province): the session's bearer token, the same access check and the same refusals as the GraphQL query.
 */
@Controller('files/programme-applications')
export class ApplicationPdfController {
  constructor(
    private readonly auth: AuthService,
    private readonly pdfs: ProgrammeApplicationPdfService,
  ) {}

  @Get(':id/pdf')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      const token = bearerToken(req);
      if (!token) throw AppError.unauthenticated('请先登录后再下载申报表');
      const actor = await this.auth.actorFromToken(token);
      assertRole(actor, APPLICATION_READER_ROLES);
      const file = await this.pdfs.render(actor, id);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Length', String(file.content.length));
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      );
      res.end(file.content);
    } catch (err) {
      refuse(res, err);
    }
  }
}
