import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ServicePhotoService } from '@app/core';

/** Photos of the site behind signed, expiring links (an <img> cannot send the bearer token). */
@Controller('files/photos')
export class PhotoController {
  constructor(private readonly photos: ServicePhotoService) {}

  @Get(':id')
  async photo(
    @Param('id') id: string,
    @Query('expires') expires: string,
    @Query('signature') signature: string,
    @Res() res: Response,
  ): Promise<void> {
    const photo = await this.photos.photoByLink(id, Number(expires), signature ?? '');
    if (!photo) throw new NotFoundException('照片不存在或链接已过期');
    res.setHeader('Content-Type', photo.contentType);
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(photo.fileName)}`);
    res.end(photo.data);
  }
}
